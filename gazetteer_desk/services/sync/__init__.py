"""The monthly sync bundle: keys, export at the township, the payload, import and the county store."""
