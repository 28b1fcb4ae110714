// Indexes a report builder needs over and over (a leaf's name by id, an expert's name by id), built once
// per document instead of searched per cell.
import type { Application } from '../../model/application';
import type { Expert } from '../../model/expert';
import type { LeafColumn, ReportModel } from '../report-model';

export interface ReportLookup {
  leafById: ReadonlyMap<string, LeafColumn>;
  expertById: ReadonlyMap<string, Expert>;
  applicationById: ReadonlyMap<string, Application>;
  /** A leaf or group id with its name: "V2 创建期内……"; the id alone when unknown. */
  indicatorLabel: (id: string) => string;
  /** An expert's name, or the id when the roster has no such expert. */
  expertName: (id: string) => string;
}

export function lookupOf(model: ReportModel): ReportLookup {
  const leafById = new Map(model.leaves.map((leaf) => [leaf.id, leaf]));
  const groupNames = new Map(model.groups.map((group) => [group.id, group.name]));
  const expertById = new Map(model.experts.map((report) => [report.expert.id, report.expert]));
  const applicationById = new Map(model.applications.map((report) => [report.application.id, report.application]));
  return {
    leafById,
    expertById,
    applicationById,
    indicatorLabel: (id) => {
      const name = leafById.get(id)?.name ?? groupNames.get(id);
      return name === undefined ? id : `${id} ${name}`;
    },
    expertName: (id) => expertById.get(id)?.name ?? id,
  };
}
