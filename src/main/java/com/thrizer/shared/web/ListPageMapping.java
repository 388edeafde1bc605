package com.thrizer.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.mapstruct.Mapping;

/**
 * On a MapStruct method that maps a {@code Page} to a generated list DTO: the generator's fluent {@code
 * removeDataItem} looks like a target property to MapStruct 1.6 (mapstruct#3072), so it is ignored here once.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Mapping(target = "removeDataItem", ignore = true)
public @interface ListPageMapping {}
