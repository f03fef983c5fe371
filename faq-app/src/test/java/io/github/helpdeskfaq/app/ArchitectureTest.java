package io.github.helpdeskfaq.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/**
 * The whole architecture (docs/architecture.md), checked where every module is on the class path: the domain on the
 * JDK only; adapters and plug-ins (the cache, the shared quota, the metrics) on the domain and their own libraries,
 * never on each other or the app; the app through each one's entry classes; the general coding rules; no cycles.
 * The test-support simulator on the class path is not part of the product and is not analysed, nor are the libraries
 * relocated into the Feishu adapter's jar.
 */
@AnalyzeClasses(packages = {"io.github.helpdeskfaq.domain", "io.github.helpdeskfaq.adapter",
    "io.github.helpdeskfaq.app", "io.github.helpdeskfaq.cache", "io.github.helpdeskfaq.quota",
    "io.github.helpdeskfaq.metrics"},
    importOptions = {DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeShadedLibraries.class})
class ArchitectureTest {

  private static final String DOMAIN = "io.github.helpdeskfaq.domain..";
  private static final String ADAPTERS = "io.github.helpdeskfaq.adapter..";
  private static final String FAKE = "io.github.helpdeskfaq.adapter.fake..";
  private static final String FEISHU = "io.github.helpdeskfaq.adapter.feishu..";
  private static final String APP = "io.github.helpdeskfaq.app..";
  private static final String CACHE = "io.github.helpdeskfaq.cache..";
  private static final String QUOTA = "io.github.helpdeskfaq.quota..";
  private static final String METRICS = "io.github.helpdeskfaq.metrics..";

  /** The public entry classes of the adapters and plug-ins; the app may use these and the classes nested in them. */
  private static final Set<String> ENTRY_CLASSES = Set.of(
      "io.github.helpdeskfaq.adapter.fake.FakeFaqRepository",
      "io.github.helpdeskfaq.adapter.fake.RecordedCall",
      "io.github.helpdeskfaq.adapter.feishu.FeishuFaqRepository",
      "io.github.helpdeskfaq.adapter.feishu.FeishuFaqRepositoryBuilder",
      "io.github.helpdeskfaq.adapter.feishu.FeishuFaqDocuments",
      "io.github.helpdeskfaq.cache.CachingFaqRepository",
      "io.github.helpdeskfaq.quota.redis.RedisSharedQuota");

  @ArchTest
  static final ArchRule modules_are_layered_domain_then_adapters_then_app =
      layeredArchitecture().consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("Domain").definedBy(DOMAIN)
          .layer("Fake adapter").definedBy(FAKE)
          .layer("Feishu adapter").definedBy(FEISHU)
          .layer("Cache").definedBy(CACHE)
          .layer("Shared quota").definedBy(QUOTA)
          .layer("Metrics").definedBy(METRICS)
          .layer("App").definedBy(APP)
          .whereLayer("App").mayNotBeAccessedByAnyLayer()
          .whereLayer("Feishu adapter").mayOnlyBeAccessedByLayers("App")
          .whereLayer("Fake adapter").mayOnlyBeAccessedByLayers("App")
          .whereLayer("Cache").mayOnlyBeAccessedByLayers("App")
          .whereLayer("Shared quota").mayOnlyBeAccessedByLayers("App")
          .whereLayer("Metrics").mayOnlyBeAccessedByLayers("App")
          .whereLayer("Domain").mayOnlyBeAccessedByLayers("Fake adapter", "Feishu adapter", "Cache", "Shared quota",
              "Metrics", "App")
          .ensureAllClassesAreContainedInArchitecture()
          .because("ports and adapters: the domain is the core, adapters plug into it, only the app wires them");

  @ArchTest
  static final ArchRule domain_depends_on_the_jdk_only =
      classes().that().resideInAPackage(DOMAIN)
          .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
          .because("the domain is the stable core that every adapter and consumer builds on; no framework leaks in");

  @ArchTest
  static final ArchRule fake_depends_on_the_domain_and_the_jdk_only =
      classes().that().resideInAPackage(FAKE)
          .should().onlyDependOnClassesThat().resideInAnyPackage(FAKE, DOMAIN, "java..")
          .because("the fake must stay a drop-in for any consumer's tests, with nothing to configure or download");

  @ArchTest
  static final ArchRule feishu_adapter_depends_on_the_domain_and_its_own_stack_only =
      classes().that().resideInAPackage(FEISHU)
          .should().onlyDependOnClassesThat().resideInAnyPackage(FEISHU, DOMAIN, "java..", "javax.net..", "retrofit2..",
              "okhttp3..", "okio..", "com.squareup.moshi..", "org.slf4j..", "io.github.resilience4j..")
          .because("the adapter's stack is Kotlin-free and small on purpose (see docs/architecture.md)");

  @ArchTest
  static final ArchRule cache_depends_on_the_domain_and_caffeine_only =
      classes().that().resideInAPackage(CACHE)
          .should().onlyDependOnClassesThat().resideInAnyPackage(CACHE, DOMAIN, "java..",
              "com.github.benmanes.caffeine..", "io.micrometer..")
          .because("the cache decorates the port alone, with Micrometer optional; it knows no adapter or plug-in");

  @ArchTest
  static final ArchRule shared_quota_depends_on_the_domain_and_its_redis_stack_only =
      classes().that().resideInAPackage(QUOTA)
          .should().onlyDependOnClassesThat().resideInAnyPackage(QUOTA, DOMAIN, "java..", "io.github.bucket4j..",
              "io.lettuce.core..", "org.slf4j..")
          .because("the shared quota implements a domain port alone; it knows no adapter or plug-in");

  @ArchTest
  static final ArchRule metrics_depend_on_the_domain_and_micrometer_only =
      classes().that().resideInAPackage(METRICS)
          .should().onlyDependOnClassesThat().resideInAnyPackage(METRICS, DOMAIN, "java..", "io.micrometer..")
          .because("the metrics implement the domain's listener; they know no adapter or plug-in");

  @ArchTest
  static final ArchRule adapters_do_not_depend_on_each_other =
      slices().matching("io.github.helpdeskfaq.adapter.(*)..").should().notDependOnEachOther()
          .because("each adapter is a separate module that a consumer takes alone");

  @ArchTest
  static final ArchRule adapters_do_not_depend_on_the_app =
      noClasses().that().resideInAPackage(ADAPTERS).should().dependOnClassesThat().resideInAPackage(APP)
          .because("the app wires the adapters, not the other way round");

  @ArchTest
  static final ArchRule app_reaches_each_adapter_and_plug_in_through_its_entry_class_only =
      noClasses().that().resideInAPackage(APP)
          .should().dependOnClassesThat(resideInAnyPackage(ADAPTERS, CACHE, QUOTA, METRICS)
              .and(not(entryClassOrNestedInOne())))
          .because("an adapter's internals are package-private and may change freely; its builder is its contract");

  @ArchTest
  static final ArchRule app_depends_on_the_library_and_its_command_line_stack_only =
      classes().that().resideInAPackage(APP)
          .should().onlyDependOnClassesThat().resideInAnyPackage(APP, DOMAIN, ADAPTERS, CACHE, QUOTA, "java..",
              "picocli..", "com.squareup.moshi..", "okio..")
          .because("the app is a thin program over the port: HTTP and resilience belong to the adapter");

  @ArchTest
  static final ArchRule library_code_does_not_write_to_standard_streams =
      noClasses().that().resideInAnyPackage(DOMAIN, ADAPTERS, CACHE, QUOTA, METRICS).should(ACCESS_STANDARD_STREAMS)
          .because("libraries log through SLF4J; standard output belongs to the application that embeds them");

  @ArchTest
  static final ArchRule only_main_touches_the_standard_streams =
      noClasses().that().resideInAPackage(APP).and().doNotHaveFullyQualifiedName(Main.class.getName())
          .should(ACCESS_STANDARD_STREAMS)
          .because("the program gets its streams from FaqApp.run, so that it runs in-process in tests");

  @ArchTest
  static final ArchRule no_generic_exceptions =
      NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
          .because("callers handle the domain's small hierarchy, not Exception or RuntimeException");

  @ArchTest
  static final ArchRule no_java_util_logging =
      NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("logging goes through SLF4J; the program picks the binding");

  @ArchTest
  static final ArchRule no_kotlin =
      noClasses().should().dependOnClassesThat().resideInAPackage("kotlin..")
          .because("the build is Kotlin-free (see docs/architecture.md)");

  @ArchTest
  static final ArchRule modules_are_free_of_cycles =
      slices().matching("io.github.helpdeskfaq.(*)..").should().beFreeOfCycles()
          .because("a cycle between domain, adapters and app would make them one module in disguise");

  /**
   * Leaves out the Retrofit, OkHttp, Okio and Moshi that faq-adapter-feishu's jar carries under its {@code shaded}
   * package: third-party code that these rules do not govern (it is on the class path once the adapter is packaged).
   */
  static final class DoNotIncludeShadedLibraries implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/io/github/helpdeskfaq/adapter/feishu/shaded/");
    }
  }

  private static DescribedPredicate<JavaClass> entryClassOrNestedInOne() {
    return DescribedPredicate.describe("an adapter's entry class " + ENTRY_CLASSES + " or a class nested in one",
        javaClass -> ENTRY_CLASSES.contains(outermost(javaClass).getName()));
  }

  private static JavaClass outermost(JavaClass javaClass) {
    JavaClass outer = javaClass;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return outer;
  }
}
