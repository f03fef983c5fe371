package io.github.helpdeskfaq.app;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.helpdeskfaq.feishu.simulator.FeishuSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The demo data as the simulated Feishu serves it for listing: the demo FAQs (the {@code data.faq} of each response
 * in {@code demo/faqs.json}), online, in the file's order, and the categories they are filed under as Feishu's tree,
 * children nested under the category their {@code parent_id} names: what the fake shows for the same data.
 */
final class DemoCatalog {

  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private DemoCatalog() {}

  /** Seeds the simulator with the demo FAQs and their category tree. */
  static FeishuSimulator seed(FeishuSimulator feishu) {
    List<Map<String, Object>> categories = new ArrayList<>();
    for (Map<?, ?> faq : faqs()) {
      feishu.listedFaq(JSON.toJson(faq), 1);
      for (Object filed : (List<?>) faq.get("categories")) {
        Map<String, Object> category = new LinkedHashMap<>();
        ((Map<?, ?>) filed).forEach((name, value) -> category.put((String) name, value));
        if (categories.stream().noneMatch(seen -> seen.get("category_id").equals(category.get("category_id")))) {
          categories.add(category);
        }
      }
    }
    return feishu.categories(JSON.toJson(childrenOf("0", categories)));
  }

  private static List<Map<String, Object>> childrenOf(String parent, List<Map<String, Object>> categories) {
    List<Map<String, Object>> children = new ArrayList<>();
    for (Map<String, Object> category : categories) {
      if (parent.equals(category.get("parent_id"))) {
        Map<String, Object> node = new LinkedHashMap<>(category);
        node.put("children", childrenOf((String) category.get("category_id"), categories));
        children.add(node);
      }
    }
    return children;
  }

  /** The value with every whole number as a long: Moshi reads numbers as doubles and would write 1.596379008E9. */
  private static Object whole(Object value) {
    if (value instanceof Double number && number == Math.rint(number)) {
      return number.longValue();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(DemoCatalog::whole).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((name, field) -> copy.put(name, whole(field)));
      return copy;
    }
    return value;
  }

  private static List<Map<?, ?>> faqs() {
    try (InputStream json = Objects.requireNonNull(FaqApp.class.getResourceAsStream("demo/faqs.json"))) {
      List<Map<?, ?>> faqs = new ArrayList<>();
      for (Object response : (List<?>) JSON.fromJson(new String(json.readAllBytes(), StandardCharsets.UTF_8))) {
        faqs.add((Map<?, ?>) whole(((Map<?, ?>) ((Map<?, ?>) response).get("data")).get("faq")));
      }
      return faqs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
