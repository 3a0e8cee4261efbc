// layout-base (the engine under cytoscape-fcose) ships no type declarations; only the part the
// seeded force layout resets is declared.
declare module "layout-base" {
  const layoutBase: { RandomSeed: { seed: number; x: number } };
  export default layoutBase;
}
