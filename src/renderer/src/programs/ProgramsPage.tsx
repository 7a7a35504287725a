import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Framework } from '../../../shared/domain/framework';
import type { ProgramOfStudy } from '../../../shared/domain/program';
import { api } from '../client/api';
import { FileImport } from '../ui/FileImport';
import { SaveOutcome, useOpenForm } from '../ui/setup';
import { platform } from '../client/platform';
import { focusKey } from '../ui/focus';
import { base64ToBytes, XLSX_TYPE } from '../shell/bytes';
import { ErrorAlert, messageOf } from '../shell/ErrorAlert';
import { Page } from '../shell/Page';
import { CopyForm } from './CopyForm';
import { COPY_KEY, EDIT_KEY, ProgramDetail, type CatalogLookup } from './ProgramDetail';
import { ProgramForm } from './ProgramForm';
import { ProgramList } from './ProgramList';
import '../ui/setup.css';
import './programs.css';

const NEW_KEY = 'program-new';

interface Loaded {
  programs: ProgramOfStudy[];
  framework: Framework;
  catalog: CatalogLookup;
}

export function ProgramsPage({ focusOnShow }: { focusOnShow: boolean }) {
  const [data, setData] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const form = useOpenForm<'new' | 'edit' | 'copy'>();

  const load = useCallback(async () => {
    try {
      const [p, framework, c] = await Promise.all([api['programs.list']({}), api['framework.get']({}), api['courses.list']({})]);
      const catalog = {
        courses: new Map(c.courses.map((x) => [x.number, x])),
        postsecondary: new Map(c.postsecondary.map((x) => [x.code, x])),
      };
      setData({ programs: p.programs, framework, catalog });
      setLoadError(null);
    } catch (e) {
      setLoadError(messageOf(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const pathways = useMemo(() => {
    const m = new Map<string, string>();
    for (const c of data?.framework.clusters ?? []) for (const p of c.pathways) m.set(p.code, `${c.name} → ${p.name}`);
    return m;
  }, [data]);
  const program = data?.programs.find((p) => p.id === selected) ?? null;
  const takenIds = useMemo(() => new Set(data?.programs.map((p) => p.id)), [data]);

  // The list is read again first: the form closes onto the saved program, whose buttons take focus back.
  const saved = async (p: ProgramOfStudy, words: string) => {
    await load();
    setNotice(`${words} ${p.name}.`);
    setSelected(p.id);
    form.close();
  };

  const exportAll = async () => {
    setProblem(null);
    try {
      const file = await api['programs.export']({});
      await platform.saveFile(file.fileName, base64ToBytes(file.base64), XLSX_TYPE);
      setNotice(`Exported ${file.count} programs as ${file.fileName}.`);
    } catch (e) {
      setProblem(messageOf(e));
    }
  };

  return (
    <Page title="Programs of study" focusOnShow={focusOnShow}>
      <div className="setup-page">
        <ErrorAlert title="The programs could not be shown." message={loadError} />
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => form.show('new', NEW_KEY)} {...focusKey(NEW_KEY)}>
            New program
          </button>
          <button type="button" className="button" onClick={() => void exportAll()}>
            Export all as .xlsx
          </button>
        </div>
        <SaveOutcome notice={notice} error={problem} errorTitle="Not exported:" />
        {data ? (
          <div className="program-layout">
            <ProgramList programs={data.programs} pathways={pathways} selected={selected} onSelect={setSelected} />
            <div>
              {form.open === 'new' ? (
                <ProgramForm initial={null} framework={data.framework} catalog={data.catalog} takenIds={takenIds} onSaved={(p) => void saved(p, 'Added')} onCancel={form.close} />
              ) : form.open === 'edit' && program ? (
                <ProgramForm initial={program} framework={data.framework} catalog={data.catalog} takenIds={takenIds} onSaved={(p) => void saved(p, 'Saved')} onCancel={form.close} />
              ) : form.open === 'copy' && program ? (
                <CopyForm program={program} onCopied={(p) => void saved(p, 'Copied as')} onCancel={form.close} />
              ) : program ? (
                <ProgramDetail
                  program={program}
                  pathwayName={pathways.get(program.pathwayCode) ?? program.pathwayCode}
                  catalog={data.catalog}
                  onCopy={() => form.show('copy', COPY_KEY)}
                  onEdit={() => form.show('edit', EDIT_KEY)}
                />
              ) : (
                <p className="hint">Choose a program to see its courses year by year.</p>
              )}
            </div>
          </div>
        ) : loadError ? null : (
          <p role="status">Loading the programs…</p>
        )}
        <FileImport
          title="Import programs"
          label="Programs workbook (.xlsx)"
          accept=".xlsx"
          run={async (fileName, base64) => {
            const r = await api['programs.import']({ fileName, base64 });
            void load();
            return {
              fileName: r.fileName,
              counts: [
                { label: 'New programs', value: r.added },
                { label: 'Changed programs', value: r.updated },
                { label: 'Courses added to the catalog', value: r.coursesAdded },
                { label: 'Postsecondary entries added', value: r.postsecondaryAdded },
              ],
              rejected: r.rejected,
            };
          }}
        />
      </div>
    </Page>
  );
}
