import { describe, expect, it } from "vitest";
import { relationName, topicName, translate } from "./i18n";

describe("i18n", () => {
  it("names relation types in words, in Russian too", () => {
    expect(relationName("BUILDS_ON", "en")).toBe("builds on");
    expect(relationName("SAME_TOPIC", "ru")).toBe("та же тема");
    expect(relationName("SUBSECTION_OF", "ru")).toBe("подраздел");
  });

  it("labels the year range as a range of years, not a path's two ends", () => {
    expect(translate("ru", "From year")).toBe("С года");
    expect(translate("ru", "To year")).toBe("До года");
    expect(translate("ru", "From year")).not.toBe(translate("ru", "From"));
  });

  it("names a same-topic note by its section, nested ones included, in the chosen language", () => {
    const tree = [{ name: "LLMs", nameRu: "Большие языковые модели", children: [{ name: "Efficient Generation", nameRu: "Эффективная генерация", children: [] }] }];
    expect(topicName("Efficient Generation", tree, "ru")).toBe("Эффективная генерация");
    expect(topicName("Efficient Generation", tree, "en")).toBe("Efficient Generation");
    expect(topicName("Unknown", tree, "ru")).toBe("Unknown");
  });
});
