"""The editor's steps, in the order of Article 6."""
