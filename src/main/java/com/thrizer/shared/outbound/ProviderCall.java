package com.thrizer.shared.outbound;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a provider adapter's network call (or the sandbox standing in for one): {@link NoTransactionGuard} refuses it
 * when a database transaction is open on the calling thread. Every adapter of a provider port puts it on its calls.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ProviderCall {}
