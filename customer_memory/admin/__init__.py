"""The organization's admin for agents, people and what was learned about them.

Owners and Admins run privacy requests here: "Export data" and "Erase
person" call `customer_memory.privacy`, and fact edits call
`customer_memory.services`, the same functions the UI and the API call, so
the audit log reads the same whichever door was used. One module per area;
importing them registers their admins.
"""

from __future__ import annotations

from customer_memory.admin import agents, audit, extractions, knowledge, memory, people

__all__ = ["agents", "audit", "extractions", "knowledge", "memory", "people"]
