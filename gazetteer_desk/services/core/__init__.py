"""The small shared core of the services: who may act (authz), the audit trail, a matter's history, finding what was typed (lookup), the session's calendar, state and scope, numbering."""
