package io.github.helpdeskfaq.feishu.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.lark.oapi.Client;
import com.lark.oapi.service.helpdesk.v1.model.Category;
import com.lark.oapi.service.helpdesk.v1.model.Faq;
import com.lark.oapi.service.helpdesk.v1.model.FaqImageFaqReq;
import com.lark.oapi.service.helpdesk.v1.model.FaqImageFaqResp;
import com.lark.oapi.service.helpdesk.v1.model.GetFaqReq;
import com.lark.oapi.service.helpdesk.v1.model.GetFaqResp;
import com.lark.oapi.service.helpdesk.v1.model.ListFaqReq;
import com.lark.oapi.service.helpdesk.v1.model.ListFaqResp;
import com.lark.oapi.service.helpdesk.v1.model.Richtext;
import com.lark.oapi.service.helpdesk.v1.model.TicketUser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wire fidelity, proved by a client nobody here wrote: the official Feishu / Lark Java SDK reads a FAQ, a page of
 * the list and an image from {@code java -jar target/faq-feishu-simulator.jar --port 0 --data <fixture>}, started as
 * a process of its own. The fixture is faq-app's demo data with its image; the SDK's answers are compared with it.
 */
class StandaloneJarIT {

  private static final String IMAGE_FAQ = "7000000000000000001";
  private static final String IMAGE_KEY = "img_b07ffac0-19c1-48a3-afca-599f8ea825fj";

  private static Path fixture;
  private static Process simulator;
  private static String baseUrl;
  private static Client sdk;

  @BeforeAll
  static void startTheJar() throws IOException, URISyntaxException {
    fixture = Path.of(StandaloneJarIT.class.getResource("/standalone/faqs.json").toURI());
    Path jar = Path.of(System.getProperty("simulator.jar", "target/faq-feishu-simulator.jar"));
    assertThat(jar).as("built by mvn package").isRegularFile();
    simulator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString(), "--port", "0", "--data", fixture.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(simulator.getInputStream(),
        StandardCharsets.UTF_8));
    baseUrl = out.readLine();
    assertThat(baseUrl).as("the first line of standard output").matches("http://127\\.0\\.0\\.1:[0-9]+");
    Credentials credentials = Credentials.DEFAULT;
    sdk = Client.newBuilder(credentials.appId(), credentials.appSecret())
        .openBaseUrl(baseUrl)
        .helpDeskCredential(credentials.helpdeskId(), credentials.helpdeskToken())
        .logReqAtDebug(true)
        .build();
  }

  @AfterAll
  static void stopTheJar() throws InterruptedException {
    if (simulator != null) {
      simulator.destroy();
      if (!simulator.waitFor(30, TimeUnit.SECONDS)) {
        simulator.destroyForcibly();
      }
    }
  }

  @Test
  void the_official_sdk_reads_every_field_it_maps_of_each_faq() throws Exception {
    for (Map<?, ?> expected : fixtureFaqs()) {
      GetFaqResp answer = sdk.helpdesk().faq().get(GetFaqReq.newBuilder().id((String) expected.get("faq_id"))
          .build());

      assertThat(answer.success()).as("code %s: %s", answer.getCode(), answer.getMsg()).isTrue();
      assertSameFaq(answer.getData().getFaq(), expected);
    }
  }

  @Test
  void the_official_sdk_reads_a_page_of_the_list_and_follows_its_token() throws Exception {
    ListFaqResp first = sdk.helpdesk().faq().list(ListFaqReq.newBuilder().pageSize(4).build());
    assertThat(first.success()).as("code %s: %s", first.getCode(), first.getMsg()).isTrue();
    ListFaqResp second = sdk.helpdesk().faq().list(ListFaqReq.newBuilder().pageSize(4)
        .pageToken(first.getData().getPageToken()).build());

    List<String> ids = fixtureFaqs().stream().map(faq -> (String) faq.get("faq_id")).sorted().toList();
    assertThat(ids(first.getData().getItems())).containsExactlyElementsOf(ids.subList(0, 4));
    assertThat(first.getData().getHasMore()).isTrue();
    assertThat(first.getData().getPageToken()).isNotBlank();
    assertThat(first.getData().getPageSize()).isEqualTo(4);
    assertThat(first.getData().getTotal()).isEqualTo(ids.size());
    assertThat(ids(second.getData().getItems())).containsExactlyElementsOf(ids.subList(4, ids.size()));
    assertThat(second.getData().getHasMore()).isFalse();
    assertThat(second.getData().getPageToken()).isNull();
    Faq listed = first.getData().getItems()[1];
    assertSameFaq(listed, fixtureFaqs().stream().filter(faq -> faq.get("faq_id").equals(listed.getFaqId()))
        .findFirst().orElseThrow());
  }

  @Test
  void the_official_sdk_reads_an_image_byte_for_byte() throws Exception {
    FaqImageFaqResp image = sdk.helpdesk().faq().faqImage(FaqImageFaqReq.newBuilder().id(IMAGE_FAQ)
        .imageKey(IMAGE_KEY).build());

    assertThat(image.success()).as("code %s: %s", image.getCode(), image.getMsg()).isTrue();
    assertThat(image.getData().toByteArray())
        .isEqualTo(Files.readAllBytes(fixture.resolveSibling(IMAGE_KEY + ".png")));
  }

  @Test
  void the_official_sdk_hears_not_found_as_the_platforms_code() throws Exception {
    GetFaqResp missing = sdk.helpdesk().faq().get(GetFaqReq.newBuilder().id("404").build());

    assertThat(missing.success()).isFalse();
    assertThat(missing.getCode()).isEqualTo(154004);
  }

  private static void assertSameFaq(Faq faq, Map<?, ?> expected) {
    assertThat(faq.getFaqId()).isEqualTo(expected.get("faq_id"));
    assertThat(faq.getId()).isEqualTo(expected.get("id"));
    assertThat(faq.getHelpdeskId()).isEqualTo(expected.get("helpdesk_id"));
    assertThat(faq.getQuestion()).isEqualTo(expected.get("question"));
    assertThat(faq.getAnswer()).isEqualTo(expected.get("answer"));
    assertThat(faq.getCreateTime()).isEqualTo(integer(expected.get("create_time")));
    assertThat(faq.getUpdateTime()).isEqualTo(integer(expected.get("update_time")));
    assertThat(faq.getExpireTime()).isEqualTo(integer(expected.get("expire_time")));
    assertThat(faq.getTags() == null ? List.of() : List.of(faq.getTags()))
        .isEqualTo(list(expected.get("tags")));
    assertThat(richText(faq.getAnswerRichtext())).as("answer_richtext of %s", faq.getFaqId())
        .isEqualTo(list(expected.get("answer_richtext")).stream().map(element -> (Map<?, ?>) element)
            .map(element -> element.get("type") + ":" + element.get("content")).toList());
    assertThat(categories(faq.getCategories())).isEqualTo(list(expected.get("categories")).stream()
        .map(category -> (Map<?, ?>) category).map(category -> String.join("|", List.of("category_id", "id",
            "name", "parent_id", "helpdesk_id", "language").stream()
            .map(field -> String.valueOf(category.get(field))).toList())).toList());
    assertThat(user(faq.getCreateUser())).isEqualTo(user((Map<?, ?>) expected.get("create_user")));
    assertThat(user(faq.getUpdateUser())).isEqualTo(user((Map<?, ?>) expected.get("update_user")));
  }

  private static List<String> ids(Faq[] faqs) {
    return Arrays.stream(faqs).map(Faq::getFaqId).toList();
  }

  private static List<String> richText(Richtext[] elements) {
    return elements == null ? List.of() : Arrays.stream(elements)
        .map(element -> element.getType() + ":" + element.getContent()).toList();
  }

  private static List<String> categories(Category[] categories) {
    return categories == null ? List.of() : Arrays.stream(categories).map(category -> String.join("|",
        category.getCategoryId(), category.getId(), category.getName(), category.getParentId(),
        category.getHelpdeskId(), category.getLanguage())).toList();
  }

  private static String user(TicketUser user) {
    return user == null ? "none" : String.join("|", user.getId(), user.getAvatarUrl(), user.getName(),
        user.getDepartment(), user.getCity(), user.getCountry());
  }

  private static String user(Map<?, ?> user) {
    return user == null ? "none" : List.of("id", "avatar_url", "name", "department", "city", "country").stream()
        .map(field -> String.valueOf(user.get(field))).collect(Collectors.joining("|"));
  }

  private static Integer integer(Object number) {
    return number == null ? null : Integer.valueOf(((JsonIn.NumberLiteral) number).literal());
  }

  private static List<?> list(Object value) {
    return value == null ? List.of() : (List<?>) value;
  }

  /** The {@code data.faq} of each answer of the fixture, read with the simulator's plain JSON reader. */
  private static List<Map<?, ?>> fixtureFaqs() throws IOException {
    List<?> answers = (List<?>) JsonIn.read(Files.readString(fixture));
    return answers.stream().map(answer -> (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) answer).get("data")).get("faq"))
        .collect(Collectors.toList());
  }
}
