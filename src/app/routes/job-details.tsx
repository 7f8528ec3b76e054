import Header from '@cloudscape-design/components/header';
import { useParams } from 'react-router';

export function JobDetailsRoute() {
  const { name = '' } = useParams();
  return <Header variant="h1">{name}</Header>;
}
