"""The window's side of personal keys and trust: who is working, their key opened only
when a signature is made, and the administrator's list of trusted keys."""
