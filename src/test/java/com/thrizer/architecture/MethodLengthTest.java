package com.thrizer.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * No method in a service (or a job, a settlement, an interpreter) is longer than {@value #MAX_LINES} lines: a longer
 * method is broken into named steps.
 *
 * <p>How lines are counted: from the line of the method's signature (the line holding its return type, or for a
 * constructor its parameter list; annotations and Javadoc above it are not counted) to the line of its closing brace,
 * both inclusive. Blank lines and comments inside the method count. Methods of nested and anonymous classes are
 * measured on their own; a lambda counts towards the method that holds it. The sources are parsed (not compiled) with
 * the JDK's own compiler tree API, so the rule needs no dependency.
 */
class MethodLengthTest {
    static final int MAX_LINES = 40;

    private static final Path SOURCES = Path.of("src/main/java");

    private static final List<String> MEASURED_SUFFIXES =
            List.of("Service.java", "Job.java", "Settlement.java", "Interpreter.java");

    @Test
    void noMethodInAServiceIsLongerThanFortyLines() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(this::measured).sorted().collect(Collectors.toList());
        }
        assertTrue(
                files.size() > 10,
                "the source tree was not found from " + Path.of("").toAbsolutePath());

        List<String> tooLong = new ArrayList<>();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(files);
            JavacTask task = (JavacTask) compiler.getTask(null, fileManager, null, List.of("-proc:none"), null, units);
            Trees trees = Trees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                tooLong.addAll(longMethods(unit, trees.getSourcePositions()));
            }
        }
        tooLong.sort(Comparator.reverseOrder());
        assertTrue(
                tooLong.isEmpty(),
                () -> tooLong.size() + " method(s) longer than " + MAX_LINES + " lines; break them into named steps:\n"
                        + String.join("\n", tooLong));
    }

    private boolean measured(Path file) {
        String name = file.getFileName().toString();
        return MEASURED_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static List<String> longMethods(CompilationUnitTree unit, SourcePositions positions) {
        LineMap lines = unit.getLineMap();
        String file = SOURCES.toAbsolutePath()
                .relativize(Path.of(unit.getSourceFile().toUri()))
                .toString();
        List<String> found = new ArrayList<>();
        new TreePathScanner<Void, String>() {
            @Override
            public Void visitClass(ClassTree type, String outer) {
                String name = type.getSimpleName().isEmpty()
                        ? outer + "$anonymous"
                        : type.getSimpleName().toString();
                return super.visitClass(type, name);
            }

            @Override
            public Void visitMethod(MethodTree method, String type) {
                if (method.getBody() != null) {
                    long first = lines.getLineNumber(positions.getStartPosition(unit, signatureStart(method)));
                    long last = lines.getLineNumber(positions.getEndPosition(unit, method));
                    long length = last - first + 1;
                    if (length > MAX_LINES) {
                        found.add(String.format(
                                "%4d lines  %s  %s.%s (line %d)", length, file, type, method.getName(), first));
                    }
                }
                return super.visitMethod(method, type);
            }
        }.scan(unit, "");
        return found;
    }

    /** The return type, or for a constructor its first parameter (or its body when it has none). */
    private static Tree signatureStart(MethodTree method) {
        if (method.getReturnType() != null) {
            return method.getTypeParameters().isEmpty()
                    ? method.getReturnType()
                    : method.getTypeParameters().get(0);
        }
        return method.getParameters().isEmpty()
                ? method.getBody()
                : method.getParameters().get(0);
    }
}
