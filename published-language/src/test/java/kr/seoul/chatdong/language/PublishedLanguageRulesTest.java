package kr.seoul.chatdong.language;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;

/**
 * The published language is what other services and city systems read: event payloads, event type
 * names and the reference geography, in plain Java. It depends on nothing of the platform (no
 * platform-commons, no Quarkus, no Jakarta EE). Frozen: the violations in src/test/archunit-violations
 * (the catalog resource, topic creation and CDI wiring that still live here) are tolerated until they
 * move to platform-commons; a new one fails the build.
 */
class PublishedLanguageRulesTest {

    @Test
    void thePublishedLanguageDependsOnNothingOfThePlatform() {
        JavaClasses language = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kr.seoul.chatdong.language");
        ArchRule rule = noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "kr.seoul.chatdong.commons..", "io.quarkus..", "jakarta..", "io.smallrye..", "org.jboss..")
                .as("published-language depends on nothing of the platform")
                .because("other services and city systems read it as plain Java");
        FreezingArchRule.freeze(rule).check(language);
    }
}
