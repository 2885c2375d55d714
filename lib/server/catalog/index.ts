export { searchProcedures, type SearchHit, type SearchResult } from "./search";
export { getProcedure, listProcedureCodes, procedureUrl, templateUrl, type ProcedureRecord } from "./procedure";
export { listFacets, type Facets, type FacetOption, type AgencyOption, type LifeEventOption } from "./facets";
export { suggest, type Suggestion } from "./suggest";
export { reindexCatalog, indexProcedure } from "./reindex";
export * from "./schemas";
export { toList, toSummary, invalidParams, json } from "./api";
export { getFormTemplate, templateFileName } from "./template";
