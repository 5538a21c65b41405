// AssignmentCore: exact sparse assignment with Lagrangian side constraints (see the types in this folder).
