export * from "./lunar";
export * from "./holidays";
export * from "./work-calendar";
