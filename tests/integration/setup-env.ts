import { inject } from "vitest";

// lib/config reads DATABASE_URL; point it at this run's own database.
process.env.DATABASE_URL = inject("databaseUrl");
