import { Alert, Button, Empty, Flex, Table, type TableColumnsType, type TableProps } from 'antd';
import type { usePaged } from './usePaged';

interface Props<T> {
  list: ReturnType<typeof usePaged<T>>;
  columns: TableColumnsType<T>;
  /** Said instead of rows when nothing matches. */
  empty: string;
  /** Said when the list cannot be read, with the reason. */
  loadFailed: (reason: string) => string;
  loadMore: string;
  /** The field that tells the rows apart, when it is not `id`. */
  rowKey?: keyof T & string;
  /** Check boxes to choose rows with, when the page acts on several at once. */
  rowSelection?: TableProps<T>['rowSelection'];
}

/** A cursor-paged list as a table: its error above, its empty state inside, and a button that loads the next page. */
export function PagedTable<T extends object>({ list, columns, empty, loadFailed, loadMore, rowKey = 'id' as keyof T & string, rowSelection }: Props<T>) {
  return (
    <>
      {list.error && <Alert type="error" showIcon title={loadFailed(list.error.message)} style={{ marginBottom: 16 }} />}
      <Table<T>
        rowKey={rowKey}
        rowSelection={rowSelection}
        columns={columns}
        dataSource={list.items}
        loading={list.isFetching && !list.isFetchingNextPage}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
      />
      {list.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {loadMore}
          </Button>
        </Flex>
      )}
    </>
  );
}
