export * from "./schema";
export * from "./build";
export * from "./raw";
export * from "./applicant";
export * from "./default";
export * from "./conditions";
