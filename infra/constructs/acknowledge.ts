import { CfnResource, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one cdk-nag finding on exactly one CloudFormation resource: `construct` itself if it is one,
 * else its default child. cdk-nag reads acknowledgements on a resource and its ancestors, so putting them on
 * the resource (not an L2 wrapper or the stack) keeps each one from covering anything else.
 */
export function acknowledgeFinding(construct: IConstruct, id: string, reason: string): void {
  const resource = CfnResource.isCfnResource(construct) ? construct : construct.node.defaultChild;
  if (resource === undefined || !CfnResource.isCfnResource(resource)) {
    throw new Error(`${construct.node.path}: no single CloudFormation resource to acknowledge ${id} on`);
  }
  Validations.of(resource).acknowledge({ id, reason });
}
