from dataclasses import dataclass
from typing import Optional


@dataclass
class Contact:
    name: str
    email: str
    phone: Optional[str] = None
    company: Optional[str] = None
