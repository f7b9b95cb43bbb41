"""Relation extraction, one stage a module, composed by kg.pipeline:

- ``mentions``: model mentions + rule mentions (kg.ner.rules) + person repair (``persons``) → ``Found``
- ``context``: links the merged mentions to entities (kg.resolve.EntityTable) → ``RuleContext``
- ``positions``, ``roles``, ``organizations``: the relation rules
- ``registry``: every rule as a record (id, produces, pattern, examples, the function); the engine
"""
