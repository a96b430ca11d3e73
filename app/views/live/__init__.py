"""WhatsApp (live): accounts read through WhatsApp Web."""
