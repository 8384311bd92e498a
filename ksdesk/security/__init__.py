"""Security: accounts and passwords, roles and permissions, the NEN 7513 audit chain."""
