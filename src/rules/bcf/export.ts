/**
 * BCF export of findings, for Solibri, BIMcollab and Revit add-ins: a zip with bcf.version and one folder per
 * topic (markup.bcf, viewpoint.bcfv, snapshot.png). Topic GUIDs derive from the finding key, so re-exporting
 * the same problem updates the same topic; components are named by IFC GlobalId (the element's own when it
 * came from IFC, else the stable one our IFC export writes).
 */
import { strToU8, zipSync } from 'fflate';
import type { HallDocument } from '../../core/document';
import { findElement } from '../../core/query';
import { stableGlobalId, stableUuid } from '../../core/ids';
import { escapeXml as x } from '../../core/escape';
import type { CheckResult, Finding } from '../types';
import type { FindingComment, FindingState } from '../../core/document';
import { elementLabel, withoutIds } from '../../core/element-label';
import { snapshotPng } from './raster';
import type { Vec2 } from '../../core/geometry/vec';

export type BcfVersion = '2.1' | '3.0';

const PRIORITY = { error: 'Critical', warning: 'Major', info: 'Minor' } as const;

export function componentGuid(doc: HallDocument, id: string): string {
  const el = findElement(doc, id)?.element;
  return el?.ifcGlobalId ?? stableGlobalId(id);
}

function camera(doc: HallDocument, f: Finding) {
  const floor = doc.floors.find((fl) => fl.id === f.floorId) ?? doc.floors[0];
  const at = f.at ?? [0, 0];
  const z = (floor?.elevation ?? 0) + 1.5;
  // Look at the place from 12 m south-west and 10 m above, like a person standing back from it.
  const eye = [at[0] - 8, at[1] - 8, z + 10];
  const dir = [at[0] - eye[0], at[1] - eye[1], z - eye[2]];
  const l = Math.hypot(dir[0], dir[1], dir[2]);
  const d = dir.map((v) => v / l);
  // Up vector perpendicular to the view direction, in the vertical plane.
  const up = [-d[0] * d[2], -d[1] * d[2], 1 - d[2] * d[2]];
  const ul = Math.hypot(up[0], up[1], up[2]);
  return { eye, d, up: up.map((v) => v / ul) };
}

const xyz = (tag: string, v: number[]) => `<${tag}><X>${v[0].toFixed(4)}</X><Y>${v[1].toFixed(4)}</Y><Z>${v[2].toFixed(4)}</Z></${tag}>`;

function viewpoint(doc: HallDocument, f: Finding, guid: string, version: BcfVersion): string {
  const c = camera(doc, f);
  const comps = f.elementIds.map((id) => `<Component IfcGuid="${x(componentGuid(doc, id))}"/>`).join('');
  const selection = comps ? `<Selection>${comps}</Selection>` : '';
  const components =
    version === '2.1'
      ? `<Components>${selection}<Visibility DefaultVisibility="true"/></Components>`
      : `<Components>${selection}<Visibility DefaultVisibility="true"/></Components>`;
  const cam = `<PerspectiveCamera>${xyz('CameraViewPoint', c.eye)}${xyz('CameraDirection', c.d)}${xyz('CameraUpVector', c.up)}<FieldOfView>60</FieldOfView>${version === '3.0' ? '<AspectRatio>1.5</AspectRatio>' : ''}</PerspectiveCamera>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<VisualizationInfo Guid="${guid}">${components}${cam}${lines(doc, f)}</VisualizationInfo>\n`;
}

/** Height above the floor of the marked stretches: the plan's cut, where a missing wall would be seen cut. */
const LINE_HEIGHT_M = 1.2;

/**
 * The stretches a finding is about (a boundary open for 8 m where an element is too coarse to say it), as viewpoint
 * lines: BIMcollab and Solibri draw them where the editor's plan draws its red band.
 */
function lines(doc: HallDocument, f: Finding): string {
  if (!f.stretches?.length) return '';
  const z = (doc.floors.find((fl) => fl.id === f.floorId)?.elevation ?? 0) + LINE_HEIGHT_M;
  const one = ([a, b]: [Vec2, Vec2]) => `<Line>${xyz('StartPoint', [a[0], a[1], z])}${xyz('EndPoint', [b[0], b[1], z])}</Line>`;
  return `<Lines>${f.stretches.map(one).join('')}</Lines>`;
}

/** Our statuses as BCF topic statuses (Solibri, BIMcollab and Revit add-ins know these four). */
const TOPIC_STATUS = { open: 'Open', 'in-progress': 'In Progress', fixed: 'Resolved', accepted: 'Closed' } as const;

function comments(f: Finding, st: FindingState | undefined, topic: string, version: BcfVersion): string {
  const list = [...(st?.comments ?? [])];
  // An accepted finding's reason travels as a comment, signed by whoever accepted it, so the design team reads
  // why it was closed and who decided.
  if (st?.status === 'accepted' && st.reason)
    list.push({
      author: st.acceptedBy ?? st.assignee ?? 'HallTwin',
      date: st.updated ?? '2026-01-01T00:00:00.000Z',
      text: `接受理由 / Accepted: ${st.reason}`,
      guid: stableUuid(`reason:${f.key}`),
    });
  const one = (c: FindingComment, i: number) => {
    const guid = c.guid ?? stableUuid(`comment:${topic}:${i}:${c.date}`);
    return `<Comment Guid="${guid}"><Date>${x(isoDate(c.date))}</Date><Author>${x(c.author || 'HallTwin')}</Author><Comment>${x(c.text)}</Comment></Comment>`;
  };
  const body = list.map(one).join('');
  return version === '3.0' ? (body ? `<Comments>${body}</Comments>` : '') : body;
}

/** xs:dateTime without fractional seconds, as BIMcollab writes it. */
const isoDate = (d: string) => (Number.isNaN(Date.parse(d)) ? '2026-01-01T00:00:00Z' : new Date(d).toISOString().replace(/\.\d+Z$/, 'Z'));

/**
 * The topic's creation and last change, in order: a topic worked on before this export (accepted, commented) was
 * created no later than its first recorded change, and modified at its latest one (a comment counts).
 */
function topicDates(st: FindingState | undefined, exported: string): { created: string; modified?: string } {
  const times = [st?.updated, ...(st?.comments ?? []).map((c) => c.date)].filter((d): d is string => !!d && !Number.isNaN(Date.parse(d))).map(isoDate);
  if (!times.length) return { created: exported };
  times.sort();
  const created = times[0] < exported ? times[0] : exported;
  return { created, modified: times[times.length - 1] };
}

function markup(doc: HallDocument, f: Finding, topic: string, vp: string, version: BcfVersion, date: string): string {
  const st = doc.meta.findingStates?.[f.key];
  const status = TOPIC_STATUS[st?.status ?? 'open'];
  const msgZh = withoutIds(doc, f.message.zh, 'zh', f.elementIds);
  const title = x(`[${f.ruleId}] ${msgZh}`.slice(0, 250));
  const names = f.elementIds
    .map((id) => elementLabel(doc, id)?.zh)
    .filter(Boolean)
    .join('、');
  const desc = x(`${f.clause}${
    f.clauseText
      ? `
原文 / Text: “${f.clauseText}”`
      : ''
  }${
    f.interpretation
      ? `
解释 / Interpretation: ${f.interpretation.zh} ${f.interpretation.en}`
      : ''
  }
${msgZh}
${withoutIds(doc, f.message.en, 'en', f.elementIds)}${
  names
    ? `
对象 / Elements: ${names}`
    : ''
}${
  f.hint
    ? `
建议 / Hint: ${f.hint.zh} ${f.hint.en}`
    : ''
}`);
  const floor = doc.floors.find((fl) => fl.id === f.floorId);
  const when = topicDates(st, date);
  const modified = when.modified ? `<ModifiedDate>${when.modified}</ModifiedDate><ModifiedAuthor>${x(st?.comments?.at(-1)?.author || 'HallTwin')}</ModifiedAuthor>` : '';
  const assigned = st?.assignee ? `<AssignedTo>${x(st.assignee)}</AssignedTo>` : '';
  const stage = floor?.name.trim() ? `<Stage>${x(floor.name)}</Stage>` : '';
  const head = `<Topic Guid="${topic}" TopicType="Issue" TopicStatus="${status}"><Title>${title}</Title><Priority>${PRIORITY[f.severity]}</Priority>`;
  const file = doc.meta.source?.fileName
    ? `<File IfcProject="${x(doc.meta.source.projectGlobalId ?? stableGlobalId('project'))}" ${version === '2.1' ? 'isExternal' : 'IsExternal'}="true"><Filename>${x(doc.meta.source.fileName)}</Filename><Date>${date}</Date></File>`
    : '';
  if (version === '2.1') {
    const header = file ? `<Header>${file}</Header>` : '';
    return `<?xml version="1.0" encoding="UTF-8"?>\n<Markup>${header}${head}<Labels>${x(f.ruleId)}</Labels><CreationDate>${when.created}</CreationDate><CreationAuthor>HallTwin</CreationAuthor>${modified}${assigned}${stage}<Description>${desc}</Description></Topic>${comments(f, st, topic, version)}<Viewpoints Guid="${vp}"><Viewpoint>viewpoint.bcfv</Viewpoint><Snapshot>snapshot.png</Snapshot></Viewpoints></Markup>\n`;
  }
  const header = file ? `<Header><Files>${file}</Files></Header>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Markup>${header}${head}<Labels><Label>${x(f.ruleId)}</Label></Labels><CreationDate>${when.created}</CreationDate><CreationAuthor>HallTwin</CreationAuthor>${modified}${assigned}${stage}<Description>${desc}</Description>${comments(f, st, topic, version)}<Viewpoints><ViewPoint Guid="${vp}"><Viewpoint>viewpoint.bcfv</Viewpoint><Snapshot>snapshot.png</Snapshot></ViewPoint></Viewpoints></Topic></Markup>\n`;
}

export function exportBcf(doc: HallDocument, result: CheckResult, opts: { version?: BcfVersion; date?: Date } = {}): Uint8Array {
  const version = opts.version ?? '2.1';
  const date = (opts.date ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z');
  const files: Record<string, Uint8Array> = {
    'bcf.version': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Version VersionId="${version}"${version === '2.1' ? ' xsi:noNamespaceSchemaLocation="version.xsd" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' : ''}><DetailedVersion>${version}</DetailedVersion></Version>\n`,
    ),
  };
  const projectId = stableUuid(`project:${doc.meta.name}`);
  const rules = [...new Set(result.findings.map((f) => f.ruleId))];
  const users = [
    ...new Set(
      ['HallTwin', ...Object.values(doc.meta.findingStates ?? {}).flatMap((st) => [st.assignee, ...(st.comments ?? []).map((c) => c.author)])].filter((u): u is string => !!u),
    ),
  ];
  // A topic's Stage is its floor's name; 3.0 readers offer only the stages extensions.xml lists (all seven lists are required there).
  const stages = [...new Set(result.findings.map((f) => doc.floors.find((fl) => fl.id === f.floorId)?.name).filter((n): n is string => !!n?.trim()))];
  if (version === '2.1') {
    // The XSD namespace takes a prefix: under a default namespace base="TopicType" would name xs:TopicType, not markup.xsd's type.
    // BIMcollab reads the allowed statuses, priorities, labels and users from the schema project.bcfp names.
    files['project.bcfp'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<ProjectExtension><Project ProjectId="${projectId}"><Name>${x(doc.meta.name)}</Name></Project><ExtensionSchema>extensions.xsd</ExtensionSchema></ProjectExtension>\n`,
    );
    const enumOf = (name: string, values: string[]) =>
      `<xs:simpleType name="${name}"><xs:restriction base="${name}">${values.map((v) => `<xs:enumeration value="${x(v)}"/>`).join('')}</xs:restriction></xs:simpleType>`;
    files['extensions.xsd'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:redefine schemaLocation="markup.xsd">${enumOf('TopicType', ['Issue'])}${enumOf('TopicStatus', Object.values(TOPIC_STATUS))}${enumOf('Priority', ['Critical', 'Major', 'Minor'])}${enumOf('TopicLabel', rules)}${enumOf('UserIdType', users)}${enumOf('Stage', stages)}</xs:redefine></xs:schema>\n`,
    );
  } else {
    files['project.bcfp'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<ProjectInfo><Project ProjectId="${projectId}"><Name>${x(doc.meta.name)}</Name></Project></ProjectInfo>\n`,
    );
    files['extensions.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?>\n<Extensions><TopicTypes><TopicType>Issue</TopicType></TopicTypes><TopicStatuses>${Object.values(TOPIC_STATUS)
        .map((v) => `<TopicStatus>${v}</TopicStatus>`)
        .join(
          '',
        )}</TopicStatuses><Priorities><Priority>Critical</Priority><Priority>Major</Priority><Priority>Minor</Priority></Priorities><TopicLabels>${rules.map((r) => `<TopicLabel>${x(r)}</TopicLabel>`).join('')}</TopicLabels><Users>${users.map((u) => `<User>${x(u)}</User>`).join('')}</Users><SnippetTypes/><Stages>${stages.map((s) => `<Stage>${x(s)}</Stage>`).join('')}</Stages></Extensions>\n`,
    );
  }
  for (const f of result.findings) {
    const topic = stableUuid(`topic:${f.key}`);
    const vp = stableUuid(`viewpoint:${f.key}`);
    const floor = doc.floors.find((fl) => fl.id === f.floorId) ?? doc.floors[0];
    files[`${topic}/markup.bcf`] = strToU8(markup(doc, f, topic, vp, version, date));
    files[`${topic}/viewpoint.bcfv`] = strToU8(viewpoint(doc, f, vp, version));
    if (floor) files[`${topic}/snapshot.png`] = snapshotPng(floor, f.at);
  }
  return zipSync(files, { level: 6, mtime: opts.date ?? new Date('2026-01-01T00:00:00Z') });
}
