export * from "./statuses";
export * from "./actions";
export * from "./transitions";
export * from "./decide";
