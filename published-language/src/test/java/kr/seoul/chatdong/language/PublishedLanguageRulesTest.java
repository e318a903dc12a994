package kr.seoul.chatdong.language;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The published language is what other services and city systems read: event payloads, event type
 * names and the reference geography, in plain Java. It depends on nothing of the platform (no
 * platform-commons, no Quarkus, no Jakarta EE). The catalog resource, the AsyncAPI document, topic
 * creation and the geography's CDI wiring live in platform-commons, which depends on this module.
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
        rule.check(language);
    }
}
