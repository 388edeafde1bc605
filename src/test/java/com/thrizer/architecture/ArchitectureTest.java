package com.thrizer.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thrizer.banking.BankTransfers;
import com.thrizer.clearinghouse.Clearinghouse;
import com.thrizer.processor.PaymentProcessor;
import com.thrizer.shared.outbound.ProviderCall;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** House rules that the compiler cannot check. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.thrizer");
    }

    @Test
    void resourcesNeverTouchEntitiesOrRepositories() {
        ArchRule rule = noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class);
        rule.check(classes);
    }

    @Test
    void servicesAndDomainNeverTouchHttpOrGeneratedDtos() {
        ArchRule rule = noClasses()
                .that()
                .resideOutsideOfPackages(
                        "com.thrizer.api..",
                        "com.thrizer.shared.error..",
                        "com.thrizer.shared.web..",
                        "com.thrizer.shared.idempotency..",
                        "com.thrizer.dev..")
                .and()
                .haveSimpleNameNotEndingWith("Resource")
                .and()
                .haveNameNotMatching(".*ApiMapper(Impl)?(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "com.thrizer.api.generated..");
        rule.check(classes);
    }

    @Test
    void moneyIsNeverFloatingPoint() {
        ArchRule rule = fields().that()
                .haveNameMatching("(?i).*(amount|fee|price|cents|balance|money|total).*")
                .should()
                .notHaveRawType(double.class)
                .andShould()
                .notHaveRawType(float.class)
                .andShould()
                .notHaveRawType(Double.class)
                .andShould()
                .notHaveRawType(Float.class)
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("com.thrizer.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sharedCodeDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("com.thrizer.shared..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "a feature's classes",
                        (JavaClass c) -> c.getPackageName().startsWith("com.thrizer.")
                                && !c.getPackageName().startsWith("com.thrizer.shared")
                                && !c.getPackageName().startsWith("com.thrizer.api")))
                .check(classes);
    }

    /**
     * Issue 15, point 3: each {@code /v1/me} tag of the contract generates one interface, served in the feature that
     * owns its data (a new {@code Me*} tag needs an owner here), never one resource for all of them.
     */
    @Test
    void meOperationsAreServedByTheFeatureThatOwnsTheirData() {
        Map<String, String> owners = Map.of(
                "MeProfileApi", "com.thrizer.clients",
                "MeConnectionsApi", "com.thrizer.clients",
                "MeInsuranceApi", "com.thrizer.insurance",
                "MePaymentMethodsApi", "com.thrizer.paymentmethods",
                "MeReimbursementAccountApi", "com.thrizer.banking",
                "MePaymentsApi", "com.thrizer.charges",
                "MeSuperbillsApi", "com.thrizer.charges",
                "MeClaimsApi", "com.thrizer.claims",
                "MeBenefitsApi", "com.thrizer.benefits",
                "MeSupportApi", "com.thrizer.support");
        List<String> wrong = new ArrayList<>();
        for (JavaClass api : classes) {
            if (!api.isInterface()
                    || !api.getPackageName().equals("com.thrizer.api.generated")
                    || !api.getSimpleName().matches("Me[A-Z]\\w*Api|MeApi")) {
                continue;
            }
            String owner = owners.get(api.getSimpleName());
            List<String> implementations = api.getAllSubclasses().stream()
                    .filter(c -> !c.isInterface())
                    .map(JavaClass::getName)
                    .toList();
            if (owner == null) {
                wrong.add(api.getSimpleName() + " has no owning feature");
            } else if (implementations.size() != 1 || !implementations.get(0).startsWith(owner + ".")) {
                wrong.add(api.getSimpleName() + " must have one implementation in " + owner + ": " + implementations);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        noClasses()
                .that()
                .resideInAPackage("com.thrizer.clients..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.thrizer.banking..", "com.thrizer.claims..", "com.thrizer.support..")
                .because("the client's claims, reimbursement account and support requests are served by their features")
                .check(classes);
    }

    /** Issue 15, point 3: a class named {@code *Resource} is a JAX-RS resource, not a bean another resource calls. */
    @Test
    void resourcesAreJaxRsResources() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .and()
                .areNotInterfaces()
                .should(new ArchCondition<JavaClass>("implement a generated API interface or carry @Path") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        boolean api = c.getAllRawInterfaces().stream()
                                .anyMatch(i -> i.getPackageName().equals("com.thrizer.api.generated"));
                        if (!api && !c.isAnnotatedWith(Path.class)) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " is not a JAX-RS resource"));
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void mappersNeverReadTheDatabase() {
        noClasses()
                .that()
                .resideInAPackage("com.thrizer..")
                .and()
                .haveNameMatching(".*Mapper(Impl)?")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .check(classes);
    }

    @Test
    void viewsAreRecordsOfValues() {
        classes()
                .that()
                .resideInAPackage("com.thrizer..")
                .and()
                .haveSimpleNameEndingWith("View")
                .should()
                .beAssignableTo(Record.class)
                .andShould(new ArchCondition<JavaClass>("have no entity-typed component") {
                    @Override
                    public void check(JavaClass view, ConditionEvents events) {
                        for (JavaField field : view.getFields()) {
                            if (!field.getModifiers().contains(JavaModifier.STATIC)
                                    && field.getRawType().isAnnotatedWith(Entity.class)) {
                                events.add(SimpleConditionEvent.violated(
                                        field, view.getName() + "." + field.getName() + " is an entity"));
                            }
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void entitiesInheritNoStaticUnscopedFinders() {
        noClasses()
                .that()
                .areAnnotatedWith(Entity.class)
                .or()
                .areAnnotatedWith(MappedSuperclass.class)
                .should()
                .beAssignableTo(PanacheEntityBase.class)
                .because("Panache's static listAll()/findById() are unscoped: repositories are the only way in")
                .check(classes);
    }

    private static String featureOf(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith("com.thrizer.")) {
            return "";
        }
        String rest = name.substring("com.thrizer.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void entitiesAreUsedOnlyInsideTheirFeature() {
        ArchCondition<JavaClass> useNoOtherFeaturesEntity =
                new ArchCondition<>("use no @Entity of another feature (only immutable records cross)") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass();
                            String feature = featureOf(target);
                            if (!feature.isEmpty()
                                    && target.isAnnotatedWith(Entity.class)
                                    && !feature.equals(featureOf(origin))) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                };
        classes().should(useNoOtherFeaturesEntity).check(classes);
    }

    /** The provider ports (and the webhook sender): every call to them goes out over the network. */
    private static final Set<String> PROVIDER_PORTS = Set.of(
            "com.thrizer.processor.PaymentProcessor",
            "com.thrizer.clearinghouse.Clearinghouse",
            "com.thrizer.banking.BankTransfers",
            "com.thrizer.events.domain.WebhookSender");

    /**
     * No network call inside a database transaction: no method that runs in a declared transaction (its own
     * {@code @Transactional}, or its class's) calls a provider port. Calls made inside {@code QuarkusTransaction}
     * lambdas are caught at run time by {@code shared.outbound.NoTransactionGuard} on every adapter's calls.
     */
    @Test
    void noProviderCallInsideADatabaseTransaction() {
        methods()
                .that(DescribedPredicate.describe("run in a declared transaction", ArchitectureTest::transactional))
                .should(new ArchCondition<JavaMethod>("not call a provider port") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                            String owner = call.getTargetOwner().getName();
                            String target = owner + "." + call.getName();
                            if (PROVIDER_PORTS.contains(owner)) {
                                events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " calls " + target + " in a transaction"));
                            }
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    private static boolean transactional(JavaMethod m) {
        Optional<Transactional> own = m.tryGetAnnotationOfType(Transactional.class);
        Optional<Transactional> declared =
                own.isPresent() ? own : m.getOwner().tryGetAnnotationOfType(Transactional.class);
        return declared.isPresent()
                && declared.get().value() != Transactional.TxType.NOT_SUPPORTED
                && declared.get().value() != Transactional.TxType.NEVER;
    }

    /** Due rows are claimed only through {@code shared.outbound.WorkQueue}: no hand-written SKIP LOCKED query. */
    @Test
    void skipLockedClaimsOnlyThroughTheWorkQueue() throws IOException {
        Pattern literal = Pattern.compile("\"[^\"]*SKIP LOCKED[^\"]*\"");
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java");
        List<String> offenders;
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith(java.nio.file.Path.of("shared", "outbound", "WorkQueue.java")))
                    .filter(f -> {
                        try {
                            return literal.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .map(f -> root.relativize(f).toString())
                    .toList();
        }
        if (!offenders.isEmpty()) {
            throw new AssertionError("hand-written SKIP LOCKED claims (use WorkQueue): " + offenders);
        }
    }

    /**
     * Every adapter of a provider port (the sandbox ones and any live one) marks each of the port's methods
     * {@code @ProviderCall}, so that {@code NoTransactionGuard} refuses it inside a transaction at run time.
     */
    @Test
    void everyProviderAdapterCallIsGuarded() {
        List<String> unguarded = new ArrayList<>();
        for (Class<?> port : List.of(PaymentProcessor.class, Clearinghouse.class, BankTransfers.class)) {
            JavaClass portClass = classes.get(port);
            List<String> names = portClass.getMethods().stream()
                    .filter(m -> !m.getModifiers().contains(JavaModifier.STATIC))
                    .map(JavaMember::getName)
                    .toList();
            List<JavaClass> adapters = portClass.getAllSubclasses().stream()
                    .filter(c -> !c.isInterface() && c.isTopLevelClass())
                    .toList();
            assertTrue(!adapters.isEmpty(), port.getSimpleName() + " has no adapter");
            for (JavaClass adapter : adapters) {
                adapter.getMethods().stream()
                        .filter(m ->
                                names.contains(m.getName()) && !m.getModifiers().contains(JavaModifier.SYNTHETIC))
                        .filter(m ->
                                !m.isAnnotatedWith(ProviderCall.class) && !adapter.isAnnotatedWith(ProviderCall.class))
                        .forEach(m -> unguarded.add(m.getFullName()));
            }
        }
        assertTrue(unguarded.isEmpty(), "provider calls without @ProviderCall: " + unguarded);
    }

    /**
     * The one API class a domain class may use: the events outbox stores each event as the document a subscriber
     * receives, written by its mapper in the recording transaction (so what is delivered is what was committed).
     */
    private static final String OUTBOX_DOCUMENTS = "com.thrizer.events.api.EventApiMapper";

    /** The features split by role (STYLE 6.1: past about 12 classes), each with api/, domain/, persistence/. */
    private static final List<String> SPLIT_FEATURES =
            List.of("benefits", "charges", "claims", "clients", "events", "team");

    /**
     * A split feature keeps its roles apart: resources and mappers in {@code api}, entities and repositories in
     * {@code persistence} (or their sub-feature's package), no class left in the feature's top package, and nothing outside {@code api} depends on it.
     */
    @Test
    void splitFeaturesKeepTheirRolesInTheirSubPackages() {
        for (String feature : SPLIT_FEATURES) {
            String base = "com.thrizer." + feature;
            classes()
                    .that(DescribedPredicate.describe(
                            "are resources or API mappers of " + feature,
                            (JavaClass c) -> c.getPackageName().startsWith(base)
                                    && c.getSimpleName().matches(".*(Resource|ApiMapper|ApiMapperImpl)")))
                    .should()
                    .resideInAPackage(base + ".api")
                    .check(classes);
            classes()
                    .that(DescribedPredicate.describe(
                            "are entities or repositories of " + feature,
                            (JavaClass c) -> c.getPackageName().startsWith(base)
                                    && (c.isAnnotatedWith(Entity.class)
                                            || c.getSimpleName().endsWith("Repository"))))
                    .should()
                    .resideOutsideOfPackages(base + ".api", base + ".domain")
                    .because("entities and repositories live in persistence/ (or in their sub-feature's package)")
                    .check(classes);
            noClasses()
                    .should()
                    .resideInAPackage(base)
                    .because(feature + " is split: a new class goes to api/, domain/, persistence/ or a sub-feature")
                    .check(classes);
            noClasses()
                    .that()
                    .resideInAPackage(base + "..")
                    .and()
                    .resideOutsideOfPackage(base + ".api")
                    .should()
                    .dependOnClassesThat(DescribedPredicate.describe(
                            "are in " + base + ".api (but the outbox's document writer)",
                            (JavaClass c) -> c.getPackageName().equals(base + ".api")
                                    && !c.getName().equals(OUTBOX_DOCUMENTS)))
                    .check(classes);
        }
    }

    /** A feature that is not split stays small enough to read flat (split it past about 15 classes). */
    @Test
    void flatFeaturesStaySmall() {
        Map<String, Long> sizes = classes.stream()
                .filter(c -> c.getPackageName().matches("com\\.thrizer\\.[a-z]+")
                        && c.isTopLevelClass()
                        && !c.getSimpleName().endsWith("Impl"))
                .collect(Collectors.groupingBy(JavaClass::getPackageName, Collectors.counting()));
        List<String> large = sizes.entrySet().stream()
                .filter(e -> e.getValue() > 15)
                .map(e -> e.getKey() + ": " + e.getValue() + " classes")
                .toList();
        assertTrue(large.isEmpty(), "split these features into api/, domain/, persistence/: " + large);
    }
}
