/**
 * Response shapes of the graph API, as types only (erased at build time, so no server code
 * or zod schema reaches the browser bundle). The contract itself lives in contract/.
 */
export type {
  FrontierResponse,
  LoadRoadmapResponse,
  RemoveRoadmapResponse,
  RoadmapProgressResponse,
  RoadmapSummary,
  RoadmapsResponse,
  GraphEdge,
  GraphNode,
  NeighbourhoodRequest,
  DetailedNode,
  NodeDetails,
  NodesResponse,
  Overview,
  OverviewAnswer,
  SectionCluster,
  PathsResponse as PathResponse,
  PositionsResponse,
  ReadingPath as ReadingPathResponse,
  ReadingStep as ReadingPathStep,
  SearchResponse,
  SearchResult,
  SectionTreeNode,
  SectionsResponse,
  Stats,
  Subgraph,
} from "@/contract/schemas";
