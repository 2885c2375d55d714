export { getStatistics, statisticsQuerySchema, type StatisticsQuery, type StatisticsReport, type Row } from "./query";
export { parseStatisticsParams } from "./params";
export { statisticsCsv } from "./csv";
export { refreshStatistics } from "./refresh";
