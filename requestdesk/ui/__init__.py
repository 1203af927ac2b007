"""The desktop application: widgets that show and edit the domain, never own it."""
