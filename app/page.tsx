import { Explorer } from "./components/explorer";

export default function HomePage() {
  return <Explorer />;
}
