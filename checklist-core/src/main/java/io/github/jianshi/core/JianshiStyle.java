package io.github.jianshi.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied in each domain package's {@code package-info.java}.
 *
 * <p>Generated {@code Immutable*} classes are package-private: users reach them only through the
 * {@code X.builder()} and {@code X.of(...)} factories of the abstract types, whose {@code build()}
 * returns the abstract type. Optional attributes are {@link java.util.Optional}; lists are never null.
 *
 * <p><strong>Internal, not part of the API:</strong> applications must not use it, and it may change
 * or move in any release. It is public only because the domain packages of the other Jianshi modules
 * (report-model, report-render, report-import, report-ledger, …) apply it in their
 * {@code package-info.java}, which Java allows only for an annotation accessible from that package.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allParameters = false,
    defaults = @Value.Immutable(copy = true),
    depluralize = true,
    // No @Generated on generated classes: users compiling against them need no Immutables jar.
    allowedClasspathAnnotations = {java.lang.Override.class},
    validationMethod = Value.Style.ValidationMethod.SIMPLE)
public @interface JianshiStyle {}
