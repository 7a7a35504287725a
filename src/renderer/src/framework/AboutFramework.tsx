import type { Framework } from '../../../shared/domain/framework';

/** What clusters, pathways and programs of study are for, in the seeds' own words. */
export function AboutFramework({ about }: { about: Framework['about'] }) {
  return (
    <section className="about" aria-labelledby="about-title">
      <h2 id="about-title" className="visually-hidden">
        What the framework is for
      </h2>
      <div className="about__grid">
        <div className="about__item">
          <h3>Career clusters</h3>
          <p>{about.careerClusters}</p>
        </div>
        <div className="about__item">
          <h3>Career pathways</h3>
          <p>{about.careerPathways}</p>
        </div>
        <div className="about__item">
          <h3>Programs of study</h3>
          <p>{about.programsOfStudy}</p>
        </div>
      </div>
      <p className="about__source">{about.source}</p>
    </section>
  );
}
