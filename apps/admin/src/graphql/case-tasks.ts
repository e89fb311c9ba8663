import { graphql } from '../gql';

/** 并联审批 of one case: its joint departments' tasks, its joint surveys, who decided it. */
export const CaseJointDocument = graphql(`
  query CaseJoint($id: ID!) {
    case(id: $id) {
      id
      state
      availableActions
      tasks { id department { id name } state reason opinionByName opinionAt canGiveOpinion }
      surveys { id departments { id name } reason startedOn endedOn }
      decidedBy { userId displayName onBehalfOf { id name } delegationId }
    }
  }
`);

export const GiveCaseTaskOpinionDocument = graphql(`
  mutation GiveCaseTaskOpinion($taskId: ID!, $input: CaseTaskOpinionInput!) {
    giveCaseTaskOpinion(taskId: $taskId, input: $input) { id state reason opinionByName opinionAt canGiveOpinion }
  }
`);
