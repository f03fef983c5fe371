package io.github.helpdeskfaq.adapter.feishu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the adapter shows to applications and to the modules that extend it; its dependencies are its POM's. */
@AnalyzeClasses(packages = "io.github.helpdeskfaq.adapter.feishu", importOptions = DoNotIncludeTests.class)
class FeishuAdapterArchitectureTest {

  private static final String SPI = "io.github.helpdeskfaq.adapter.feishu.spi..";
  private static final DescribedPredicate<JavaClass> SQUARE_TYPE = JavaClass.Predicates.resideInAnyPackage(
      "retrofit2..", "okhttp3..", "okio..", "com.squareup.moshi..", "io.github.helpdeskfaq.adapter.feishu.shaded..");

  @ArchTest
  static final ArchRule only_the_helpdesk_its_defaults_and_the_document_reader_are_public_beside_the_extension_points =
      classes().that().arePublic().and().areTopLevelClasses().and().resideOutsideOfPackage(SPI)
          .should().haveSimpleName("FeishuHelpdesk").orShould().haveSimpleName("FeishuDefaults")
          .orShould().haveSimpleName("FeishuFaqDocuments")
          .orShould().haveSimpleName("FeishuSignIn")
          .because("the builder is the module's one entry point; Retrofit interfaces, DTOs, mappers and the token "
              + "provider may change freely");

  @ArchTest
  static final ArchRule shows_no_square_type_in_its_public_api =
      noMethods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
          .should().haveRawReturnType(SQUARE_TYPE)
          .orShould().haveRawParameterTypes(DescribedPredicate.anyElementThat(SQUARE_TYPE))
          .because("the Retrofit, OkHttp, Okio and Moshi stack is the adapter's own: an application's own versions "
              + "of them must never meet it");

  @ArchTest
  static final ArchRule extension_points_depend_on_the_jdk_only =
      classes().that().resideInAPackage(SPI).should().onlyDependOnClassesThat().resideInAnyPackage(SPI, "java..")
          .because("a module that implements an extension point (metrics, a shared quota) must not meet the "
              + "adapter's internals or its HTTP stack");
}
