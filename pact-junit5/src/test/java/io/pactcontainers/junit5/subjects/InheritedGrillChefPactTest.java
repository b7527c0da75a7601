package io.pactcontainers.junit5.subjects;

/**
 * Nothing of its own: the settings, the container and the test factory are its superclass's, found
 * as JUnit finds inherited members.
 */
public class InheritedGrillChefPactTest extends GrillChefPactTest {}
