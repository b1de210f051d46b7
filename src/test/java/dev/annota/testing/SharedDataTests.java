package dev.annota.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SharedDataTests {

    @Test
    void aDataSetIsReadFromTheTestClasspathInsideTheRepository() {
        Path answers = SharedData.file("data/truth-inference/duck/answers.csv");
        Path repository = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();

        assertThat(answers.toAbsolutePath().normalize()).startsWith(repository.resolve("target/test-classes"));
        assertThat(SharedData.directory("data/merkle").resolve("tree_vectors.json")).isRegularFile();
    }

    @Test
    void aMissingFileFailsTheTestAndSaysWhereItBelongs() {
        assertThatThrownBy(() -> SharedData.file("data/truth-inference/nowhere/answers.csv"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("src/test/resources/data/truth-inference/nowhere/answers.csv");
    }
}
