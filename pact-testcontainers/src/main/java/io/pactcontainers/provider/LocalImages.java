package io.pactcontainers.provider;

import com.github.dockerjava.api.model.Image;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;

/**
 * The tags of a repository that the local Docker engine has: a matrix's rows when given as a
 * pattern.
 */
public final class LocalImages {
  private LocalImages() {}

  /**
   * The images {@code repository:tag} whose tag matches {@code tagPattern} (a regular expression,
   * whole tag), newest first (by creation), at most {@code max}.
   *
   * @param repository the image repository ({@code pactcontainers/example-grill-chef})
   * @param tagPattern the tags to take
   * @param max how many at most
   * @return image names with their tags
   * @throws ProviderStartException when Docker cannot be asked
   */
  public static List<String> newest(String repository, Pattern tagPattern, int max) {
    List<Image> images;
    try {
      RyukFallback.ensure();
      images =
          DockerClientFactory.instance()
              .client()
              .listImagesCmd()
              .withReferenceFilter(repository)
              .exec();
    } catch (RuntimeException e) {
      throw new ProviderStartException(
          "Cannot list the local images of "
              + repository
              + ": "
              + e.getMessage()
              + "; start Docker, or set DOCKER_HOST to a running engine",
          e);
    }
    List<Tagged> found = new ArrayList<>();
    for (Image image : images) {
      if (image.getRepoTags() == null) {
        continue;
      }
      for (String repoTag : image.getRepoTags()) {
        int colon = repoTag.lastIndexOf(':');
        if (colon > 0
            && repoTag.substring(0, colon).equals(repository)
            && tagPattern.matcher(repoTag.substring(colon + 1)).matches()) {
          found.add(new Tagged(repoTag, image.getCreated() == null ? 0 : image.getCreated()));
        }
      }
    }
    return newestFirst(found).stream().limit(max).map(Tagged::name).toList();
  }

  /**
   * When the local engine says {@code image} was created.
   *
   * @param image an image name with its tag
   * @return seconds since the epoch; empty when the engine cannot be asked or has no such image
   */
  public static java.util.OptionalLong created(String image) {
    try {
      String created =
          DockerClientFactory.instance().client().inspectImageCmd(image).exec().getCreated();
      return created == null
          ? java.util.OptionalLong.empty()
          : java.util.OptionalLong.of(java.time.Instant.parse(created).getEpochSecond());
    } catch (RuntimeException e) {
      return java.util.OptionalLong.empty(); // the rows are ordered by their tags then
    }
  }

  /**
   * Images ordered as {@link #newest} orders them: by creation time, newest first, then by their
   * tags read as versions.
   *
   * @param images image names with their tags
   * @param created when each was created (seconds since the epoch); one not in it counts as 1970,
   *     as Jib dates its images
   * @return the same images, newest first
   */
  public static List<String> newestFirst(List<String> images, java.util.Map<String, Long> created) {
    return newestFirst(
            images.stream().map(i -> new Tagged(i, created.getOrDefault(i, 0L))).toList())
        .stream()
        .map(Tagged::name)
        .toList();
  }

  /** An image name with its tag, and when the image was created (seconds since the epoch). */
  record Tagged(String name, long created) {}

  /**
   * Newest first: by creation time where the times differ; where they are equal (Jib, Buildpacks
   * and every reproducible build date their images 1970, and a tag added to an existing image
   * shares its time), by the tags read as versions, so that 1.10.0 comes before 1.9.0.
   */
  static List<Tagged> newestFirst(List<Tagged> images) {
    return images.stream()
        .sorted(
            Comparator.comparingLong(Tagged::created)
                .reversed()
                .thenComparing(t -> tag(t.name()), TagVersions.ORDER.reversed()))
        .toList();
  }

  private static String tag(String name) {
    return name.substring(name.lastIndexOf(':') + 1);
  }
}
