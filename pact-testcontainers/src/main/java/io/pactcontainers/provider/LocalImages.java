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
    record Tagged(String name, long created) {}
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
    return found.stream()
        .sorted(
            Comparator.comparingLong(Tagged::created)
                .reversed()
                .thenComparing(Tagged::name, Comparator.reverseOrder()))
        .limit(max)
        .map(Tagged::name)
        .toList();
  }
}
