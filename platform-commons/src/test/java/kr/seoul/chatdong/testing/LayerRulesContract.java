package kr.seoul.chatdong.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of a service (shared STYLE.md), checked by the build with ArchUnit; every service
 * inherits these rules as it inherits the API contract:
 * <ul>
 * <li>rest → service / query: a resource calls use cases and query beans, never a repository or a consumer;</li>
 * <li>use cases and the domain know no HTTP: no JAX-RS, no REST layer, no problem+json, no If-Match string;</li>
 * <li>the domain knows no plumbing: no repository, messaging, JDBC or Kafka;</li>
 * <li>messaging → service: a consumer hands events to use cases;</li>
 * <li>no service imports another service (they talk through events and the published language).</li>
 * </ul>
 * A broken rule fails the build with the rule's name, its reason and every offending dependency.
 */
public abstract class LayerRulesContract {

    private static final List<String> SERVICES = List.of("governance", "monitoring", "training", "cases");
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /** The service's name, as in its root package {@code kr.seoul.chatdong.<name>}. */
    protected abstract String service();

    private String root() {
        return "kr.seoul.chatdong." + service();
    }

    private JavaClasses classes() {
        return IMPORTED.computeIfAbsent(
                root(),
                r -> new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(r));
    }

    @Test
    void useCasesAndTheDomainKnowNoHttp() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage(root() + ".service..", root() + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ws.rs..",
                        "org.jboss.resteasy..",
                        "io.vertx.core.http..",
                        "kr.seoul.chatdong.commons.rest..",
                        "kr.seoul.chatdong.commons.problem..")
                .as("use cases and the domain know no HTTP (" + service() + ")")
                .because("a resource turns HTTP (If-Match, status codes) into commands and expected versions; "
                        + "use cases throw DomainException, which the one problem mapper answers");
        rule.check(classes());
    }

    @Test
    void resourcesCallUseCasesAndQueriesOnly() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage(root() + ".rest..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root() + ".repository..", root() + ".messaging..")
                .as("rest → service/query (" + service() + ")")
                .because(
                        "reads go through query beans and writes through use cases; repositories serve the write side");
        rule.check(classes());
    }

    @Test
    void theDomainKnowsNoPlumbing() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage(root() + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        root() + ".repository..",
                        root() + ".messaging..",
                        root() + ".service..",
                        "org.apache.kafka..",
                        "io.smallrye.reactive.messaging..",
                        "java.sql..",
                        "kr.seoul.chatdong.commons.events..",
                        root() + ".document..",
                        "kr.seoul.chatdong.commons.pdf..",
                        "org.jsoup..",
                        "com.openhtmltopdf..")
                .as("the domain knows no plumbing nor document rendering (" + service() + ")")
                .because("rules of the programme are plain code over values and entities");
        rule.check(classes());
    }

    @Test
    void consumersHandEventsToUseCases() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage(root() + ".messaging..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root() + ".rest..", root() + ".repository..")
                .as("messaging → service (" + service() + ")")
                .because("a consumer reads the event and calls a use case, which owns the transaction and the rules");
        rule.check(classes());
    }

    @Test
    void useCasesDoNotCallTheEdges() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage(root() + ".service..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root() + ".rest..", root() + ".messaging..")
                .as("service → domain/repository (" + service() + ")")
                .because("use cases are called by the edges (REST, messaging), never the other way round");
        rule.check(classes());
    }

    @Test
    void noServiceImportsAnother() {
        String[] others = SERVICES.stream()
                .filter(s -> !s.equals(service()))
                .map(s -> "kr.seoul.chatdong." + s + "..")
                .toArray(String[]::new);
        ArchRule rule = noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .as("no service imports another (" + service() + ")")
                .because("services share only events and the published language");
        rule.check(classes());
    }
}
