export {
  MAX_QUERY_LENGTH,
  foldVietnamese,
  normalizeQuery,
  sanitizeQuery,
  tokenize,
  tokenizeWithPositions,
  type PositionedToken,
} from "./normalize";
export {
  compileSynonyms,
  type CompiledTerm,
  defaultSynonyms,
  expandQuery,
  type ExpandedQuery,
  type SynonymEntry,
} from "./synonyms";
export { highlight, type HighlightSegment } from "./highlight";
