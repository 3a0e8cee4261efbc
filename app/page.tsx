import { Explorer } from "./components/explorer";
import { PreloadCytoscape } from "./components/preload-cytoscape";

export default function HomePage() {
  return (
    <>
      <PreloadCytoscape />
      <Explorer />
    </>
  );
}
