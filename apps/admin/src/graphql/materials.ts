import { graphql } from '../gql';

/** 材料照片 of one case, and the material names to file them under. */
export const CaseMaterialFilesDocument = graphql(`
  query CaseMaterialFiles($id: ID!) {
    case(id: $id) {
      id
      missingMaterials
      materialFiles { id materialName mime bytes sha256 width height uploadedBy uploadedAt url }
    }
  }
`);
