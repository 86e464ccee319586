def normalize_email(address: str) -> str:
    """Canonical form used to decide whether two addresses belong to the same person:
    case-insensitive, surrounding whitespace ignored, and "+tag" sub-addresses folded
    into the main mailbox (jo+news@example.com is jo@example.com)."""
    address = address.strip().lower()
    local, at, domain = address.partition("@")
    if not at:
        return address
    local = local.split("+", 1)[0]
    return f"{local}@{domain}"
