package io.github.helpdeskfaq.adapter.feishu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.github.helpdeskfaq.adapter.feishu", importOptions = DoNotIncludeTests.class)
class FeishuAdapterArchitectureTest {

  private static final DescribedPredicate<JavaClass> SQUARE_TYPE = JavaClass.Predicates.resideInAnyPackage(
      "retrofit2..", "okhttp3..", "okio..", "com.squareup.moshi..");

  @ArchTest
  static final ArchRule only_the_helpdesk_and_the_document_reader_are_public_beside_the_extension_points =
      classes().that().arePublic().and().areTopLevelClasses()
          .and().resideOutsideOfPackage("io.github.helpdeskfaq.adapter.feishu.spi")
          .should().haveSimpleName("FeishuHelpdesk").orShould().haveSimpleName("FeishuFaqDocuments")
          .because("the builder is the module's one entry point; Retrofit interfaces, DTOs, mappers and the token "
              + "provider may change freely");

  @ArchTest
  static final ArchRule depends_on_the_domain_its_http_and_json_stack_and_the_jdk_only =
      classes().should().onlyDependOnClassesThat()
          .resideInAnyPackage("io.github.helpdeskfaq.adapter.feishu..", "io.github.helpdeskfaq.domain..", "java..",
              "javax.net..",
              "retrofit2..", "okhttp3..", "okio..", "com.squareup.moshi..", "org.slf4j..", "io.github.resilience4j..")
          .because("the adapter's stack is Kotlin-free and small on purpose (see docs/architecture.md)");

  @ArchTest
  static final ArchRule shows_no_square_type_in_its_public_api =
      noMethods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
          .should().haveRawReturnType(SQUARE_TYPE)
          .orShould().haveRawParameterTypes(DescribedPredicate.anyElementThat(SQUARE_TYPE))
          .because("the Retrofit, OkHttp, Okio and Moshi stack is the adapter's own: an application's own versions "
              + "of them must never meet it");

  @ArchTest
  static final ArchRule depends_on_neither_the_fake_nor_the_app =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("..adapter.fake..", "..app..")
          .because("adapters depend on the domain only, never on each other or on the app that wires them");
}
