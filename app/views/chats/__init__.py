"""The chats page."""
