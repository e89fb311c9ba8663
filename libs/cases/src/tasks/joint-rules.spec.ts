import { CaseOutcome } from '../case/case.types';
import { CaseTaskState } from './case-task.types';
import { decisionBlock, jointDepartmentIds } from './joint-rules';

const task = (departmentName: string, state: CaseTaskState) => ({ departmentName, state });

describe('decisionBlock (并联审批)', () => {
  it('blocks either outcome while any department is still open, naming every open one', () => {
    const tasks = [task('市场监管局', CaseTaskState.OPEN), task('人社局', CaseTaskState.AGREED), task('医保局', CaseTaskState.OPEN)];
    for (const outcome of [CaseOutcome.APPROVED, CaseOutcome.REJECTED]) {
      expect(decisionBlock(tasks, outcome)).toEqual({ kind: 'open', departments: ['市场监管局', '医保局'] });
    }
  });

  it('refuses approval while a department disagrees, but allows rejection', () => {
    const tasks = [task('市场监管局', CaseTaskState.DISAGREED), task('人社局', CaseTaskState.AGREED)];
    expect(decisionBlock(tasks, CaseOutcome.APPROVED)).toEqual({ kind: 'disagreed', departments: ['市场监管局'] });
    expect(decisionBlock(tasks, CaseOutcome.REJECTED)).toBeNull();
  });

  it('lets a case without tasks, or with every department agreeing, be decided either way', () => {
    expect(decisionBlock([], CaseOutcome.APPROVED)).toBeNull();
    expect(decisionBlock([task('人社局', CaseTaskState.AGREED)], CaseOutcome.APPROVED)).toBeNull();
  });
});

describe('jointDepartmentIds', () => {
  it('drops the lead, repeats and anything that is not an id list', () => {
    expect(jointDepartmentIds(['a', 'lead', 'b', 'a'], 'lead')).toEqual(['a', 'b']);
    expect(jointDepartmentIds(undefined, 'lead')).toEqual([]);
    expect(jointDepartmentIds('a', 'lead')).toEqual([]);
  });
});
