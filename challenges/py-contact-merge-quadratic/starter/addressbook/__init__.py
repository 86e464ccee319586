"""Address book sync for the sales team's CRM."""

from .models import Contact
from .merge import merge_contacts

__all__ = ["Contact", "merge_contacts"]
